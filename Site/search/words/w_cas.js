BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2x,4i",
"casques":"l,3p;l"
});
