describe('the OpenAPI decorators', () => {
  it('leave @nestjs/swagger unloaded while the application module and its controllers load', async () => {
    const loaded: string[] = [];
    await jest.isolateModulesAsync(async () => {
      jest.doMock('@nestjs/swagger', () => {
        loaded.push('@nestjs/swagger');
        return jest.requireActual('@nestjs/swagger');
      });
      const { AppModule } = await import('../app.module');
      expect(AppModule).toBeDefined();
    });
    expect(loaded).toEqual([]);
  });

  it('apply what they recorded once the document is built', async () => {
    const { generateApiDocs } = await import('./generate-api-docs');
    const { openapi } = await generateApiDocs();
    expect(Object.keys(openapi.paths as object)).toContain('/api/users');
  });
});
