BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2w",
"exterieure":"k,s,1o",
"exterieures":"17",
"extraordinaire":"6b,1c;6b",
"extremistes":"62,1m;62"
});
