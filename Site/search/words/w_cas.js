BRIEFINGS_SEARCH_WORDS("cas",{
"cas":"2w,4l",
"casques":"l,3o;l"
});
