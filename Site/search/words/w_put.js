BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,m,2x,10,b;3q,2x",
"putschiste":"3l,4f",
"putting":"7n"
});
