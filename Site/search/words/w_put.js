BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,m,2x,z,b;3q,2x",
"putschiste":"3l,4e",
"putting":"7m"
});
