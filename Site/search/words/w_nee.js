BRIEFINGS_SEARCH_WORDS("nee",{
"need":"4m,2w;4m",
"needs":"4l,2t"
});
