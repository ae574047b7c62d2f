BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7d",
"neighbours":"6i,s",
"neirab":"1"
});
