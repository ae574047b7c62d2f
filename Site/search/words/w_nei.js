BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7p",
"neighbours":"6t,t",
"neirab":"1"
});
