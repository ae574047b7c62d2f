BRIEFINGS_SEARCH_WORDS("ext",{
"extension":"2w",
"exterieure":"k,s,1o",
"exterieures":"17",
"extraordinaire":"61,1b;61",
"extremistes":"5u,1j;5u"
});
