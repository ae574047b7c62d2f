BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,4z,2f;c"
});
