BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7e",
"neighbours":"6i,t",
"neirab":"1"
});
