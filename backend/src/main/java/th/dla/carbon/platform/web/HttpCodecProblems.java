package th.dla.carbon.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

/**
 * Requests refused before Spring sees them also get problem responses. Reactor Netty answers an HTTP line or header
 * block above its limits (414, 431) and unparseable HTTP (400) with an empty body, and Spring's adapter answers a
 * URI it cannot parse (a bad percent-encoding such as {@code ?page=%zz}) with an empty 400. This handler sits right
 * after the HTTP codec, answers those requests with {@code application/problem+json} itself and closes the
 * connection (the rest of such a request is not read).
 */
@Component
class HttpCodecProblems implements NettyServerCustomizer {

  private final ProblemResponseWriter problems;

  HttpCodecProblems(ProblemResponseWriter problems) {
    this.problems = problems;
  }

  @Override
  public HttpServer apply(HttpServer server) {
    return server.doOnChannelInit((observer, channel, remoteAddress) -> {
      if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
        channel.pipeline().addAfter(NettyPipeline.HttpCodec, "carbon.codecProblems", new Handler(problems));
      }
    });
  }

  /** One per connection: after refusing a request it drops the rest of the connection's input. */
  static final class Handler extends ChannelInboundHandlerAdapter {

    private final ProblemResponseWriter problems;
    private boolean refused;

    Handler(ProblemResponseWriter problems) {
      this.problems = problems;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (refused) {
        ReferenceCountUtil.release(msg);
        return;
      }
      if (msg instanceof HttpRequest request) {
        FullHttpResponse refusal = refusal(request);
        if (refusal != null) {
          refused = true;
          ReferenceCountUtil.release(msg);
          ctx.writeAndFlush(refusal).addListener(ChannelFutureListener.CLOSE);
          return;
        }
      }
      ctx.fireChannelRead(msg);
    }

    private FullHttpResponse refusal(HttpRequest request) {
      if (request.decoderResult().isFailure()) {
        Throwable cause = request.decoderResult().cause();
        if (cause instanceof TooLongHttpLineException) {
          return response(ProblemType.URI_TOO_LONG, "The request line is longer than the server accepts; shorten the URI.", null);
        }
        if (cause instanceof TooLongHttpHeaderException) {
          return response(ProblemType.HEADERS_TOO_LARGE, "The request headers are larger than the server accepts.", null);
        }
        return response(ProblemType.MALFORMED_REQUEST, "The request is not valid HTTP.", null);
      }
      try {
        new URI(request.uri());
        return null;
      } catch (URISyntaxException invalid) {
        return response(ProblemType.MALFORMED_REQUEST,
            "The request URI is not valid (check its percent-encoding: '%' must be followed by two hex digits).", null);
      }
    }

    private FullHttpResponse response(ProblemType type, String detail, String instance) {
      byte[] body = problems.bytes(type, detail, instance);
      FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
          HttpResponseStatus.valueOf(type.status().value()), Unpooled.wrappedBuffer(body));
      response.headers()
          .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
          .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length)
          .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
          .set("X-Content-Type-Options", "nosniff");
      return response;
    }
  }
}
