BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7g",
"neighbours":"6k,t",
"neirab":"1"
});
