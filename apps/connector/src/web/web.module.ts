import { Module, type DynamicModule } from '@nestjs/common';
import { WebController } from './web.controller';
import { WEB_ROOT, defaultWebRoot } from './web-root';

/** Serves the built web client at `/` and `/assets/*`. */
@Module({})
export class WebModule {
  static forRoot(root: string = defaultWebRoot()): DynamicModule {
    return {
      module: WebModule,
      controllers: [WebController],
      providers: [{ provide: WEB_ROOT, useValue: root }],
    };
  }
}
