BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,4u,29;c"
});
