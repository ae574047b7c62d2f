BRIEFINGS_SEARCH_WORDS("put",{
"putin":"w,29,l,2p,w,b;3q,2p",
"putschiste":"3l,43",
"putting":"7b"
});
