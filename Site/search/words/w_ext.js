BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2x",
"exterieure":"k,s,1p",
"exterieures":"17",
"extraordinaire":"64,18;64",
"extremistes":"5x,1g"
});
