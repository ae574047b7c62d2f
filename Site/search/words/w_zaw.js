BRIEFINGS_SEARCH_WORDS("zaw",{
"zawiya":"1,37,43"
});
