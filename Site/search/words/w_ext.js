BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2x",
"exterieure":"k,s,1p",
"exterieures":"17",
"extraordinaire":"6p,18;6p",
"extremistes":"6i,1g"
});
