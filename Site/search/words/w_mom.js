BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,h,3v,e;3p",
"momentum":"6w,p"
});
