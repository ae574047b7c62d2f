BRIEFINGS_SEARCH_WORDS("nei",{
"neighbouring":"7z",
"neighbours":"74,s",
"neirab":"1,3b"
});
