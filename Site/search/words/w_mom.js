BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,h,3x,e;3p",
"momentum":"6x,q"
});
