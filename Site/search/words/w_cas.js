BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2x,4h",
"casques":"l,3p;l"
});
