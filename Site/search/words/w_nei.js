BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7r",
"neighbours":"6u,u",
"neirab":"1"
});
