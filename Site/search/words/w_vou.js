BRIEFINGS_SEARCH_WORDS("vou",{
"voulant":"2i",
"voulions":"7m"
});
