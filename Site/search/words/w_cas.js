BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4v",
"casques":"l,3u;l"
});
