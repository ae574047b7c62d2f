BRIEFINGS_SEARCH_WORDS("flu",{
"flux":"3x"
});
