BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7o",
"neighbours":"6s,t",
"neirab":"1"
});
