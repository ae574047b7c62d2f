BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,4s,2c;c"
});
