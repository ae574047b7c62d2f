BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,m,2x,10,b",
"putschiste":"3l,4f",
"putting":"7n"
});
