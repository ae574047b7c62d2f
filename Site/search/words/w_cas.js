BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4i",
"casques":"l,3o;l"
});
