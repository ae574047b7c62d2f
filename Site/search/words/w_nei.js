BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7q",
"neighbours":"6t,u",
"neirab":"1"
});
