BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,4u,2c;c"
});
