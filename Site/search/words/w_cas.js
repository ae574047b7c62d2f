BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4u",
"casques":"l,3u;l"
});
