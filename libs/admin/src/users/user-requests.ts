/** One element of POST /api/users/add. */
export interface AddUserRequest {
  name: string;
  email: string;
  context: string;
  password?: string;
  conpin?: string;
  polymac?: string;
}

/** One element of POST /api/users/mod: the user `id` and the fields to change. */
export interface ModifyUserRequest {
  id: string;
  name?: string;
  email?: string;
  context?: string;
  password?: string;
  conpin?: string;
  polymac?: string;
}

/** One element of POST /api/users/del. */
export interface DeleteUserRequest {
  id: string;
}
