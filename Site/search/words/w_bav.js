BRIEFINGS_SEARCH_WORDS("bav",{
"baviere":"3o"
});
