BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4j",
"casques":"l,3o;l"
});
