BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4t",
"casques":"l,3t;l"
});
