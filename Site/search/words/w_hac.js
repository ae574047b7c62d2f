BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,5g,29;c"
});
