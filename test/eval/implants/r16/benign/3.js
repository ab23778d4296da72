image: mediaInput,
          audio: mediaInput,