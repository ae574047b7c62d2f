BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2w",
"exterieure":"k,s,1o",
"exterieures":"17",
"extraordinaire":"6c,1d;6c",
"extremistes":"62,1o;62"
});
