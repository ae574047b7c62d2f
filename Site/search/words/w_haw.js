BRIEFINGS_SEARCH_WORDS("haw",{
"hawa":"1"
});
