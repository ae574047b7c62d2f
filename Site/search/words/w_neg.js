BRIEFINGS_SEARCH_WORDS("neg",{
"negociables":"6q,i",
"negociation":"1u",
"negociations":"6,2h,46,1,d",
"negocie":"23,i,j,4,1",
"negociee":"39",
"negotiating":"7h"
});
