BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2w",
"exterieure":"k,s,1o",
"exterieures":"17",
"extraordinaire":"63,18;63",
"extremistes":"5w,1g"
});
