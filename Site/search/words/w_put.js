BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,28,l,2n,z,b;3p,2n",
"putschiste":"3k,44",
"putting":"7b"
});
