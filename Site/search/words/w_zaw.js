BRIEFINGS_SEARCH_WORDS("zaw",{
"zawiya":"1,3t,43"
});
