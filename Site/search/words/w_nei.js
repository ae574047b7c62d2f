BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7e",
"neighbours":"6j,s",
"neirab":"1"
});
