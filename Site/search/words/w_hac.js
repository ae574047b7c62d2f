BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,4v,29;c"
});
