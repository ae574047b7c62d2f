BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2x,53",
"casques":"l,4b;l"
});
