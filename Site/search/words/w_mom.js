BRIEFINGS_SEARCH_WORDS("mom",{
"moment":"38,h,3w,e",
"momentum":"6w,q"
});
