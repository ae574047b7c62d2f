BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4w",
"casques":"l,3u;l"
});
