BRIEFINGS_SEARCH_WORDS("hac",{
"hachimi":"c,50,2h;c"
});
