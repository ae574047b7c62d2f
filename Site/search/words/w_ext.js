BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2x",
"exterieure":"k,s,1p",
"exterieures":"17",
"extraordinaire":"63,18;63",
"extremistes":"5w,1g"
});
