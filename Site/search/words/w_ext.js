BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2w",
"exterieure":"k,s,1o",
"exterieures":"17",
"extraordinaire":"6a,1c;6a",
"extremistes":"61,1m;61"
});
